"""Referrals, thank-yous and the help-given leaderboard. Thin views.

A member gives from their own seat. A referral (its contact details included) is readable by
its giver, its receiver, their chapters' leaders and staff; to anyone else it does not exist.
"""

from __future__ import annotations

import functools
from typing import Any
from uuid import UUID

from django.db.models import Q
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView
from groups.models import HOLDING_STATUSES, Member
from groups.selectors import organization_today
from referrals import selectors, services
from referrals.models import (
    MONEY_ERRORS,
    EducationCredit,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    Testimonial,
    ThankYou,
)
from tenancy.models import Organization
from tenancy.policies import effective_policies
from tenancy.selectors import access_related

NO_SEAT = "Only a member with a seat gives help."
LEADERBOARD_LIMIT = 100
NOT_YOUR_SEAT = "Give from one of your own seats."
ONLY_RECEIVER = "Only the member who received the referral reports what became of it."


class GivingApi(OrganizationApiView):
    """What the help endpoints share: the caller's seats and what they may read."""

    @functools.cached_property
    def _own_seats(self) -> list[Member]:
        return list(
            Member.objects.filter(
                user=self.request.user, status__in=HOLDING_STATUSES
            ).select_related("chapter")
        )

    def own_seats(self) -> list[Member]:
        """The caller's seats that still belong to their chapters (read once per request)."""
        return self._own_seats

    def giving_seat(self, requested: Any) -> Member:
        seats = self.own_seats()
        if not seats:
            raise exceptions.PermissionDenied(NO_SEAT)
        if requested is None:
            return seats[0]
        for seat in seats:
            if seat.pk == requested:
                return seat
        raise serializers.ValidationError({"giver": [NOT_YOUR_SEAT]})

    def give_to_member(
        self,
        request: Request,
        organization: Organization,
        body_class: type[InputSerializer],
        service: Any,
        output_class: type[serializers.Serializer[Any]],
    ) -> Response:
        """Help from one of the caller's seats (``giver``) to the member named ``receiver``."""
        body = body_class(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        giver = self.giving_seat(data.pop("giver", None))
        receiver = access_related(
            Member, organization=organization, pk=data.pop("receiver"), field="receiver"
        )
        assert receiver is not None  # a required field of the body
        given = service(giver=giver, receiver=receiver, actor=request.user, **data)
        return Response(output_class(given).data, status=status.HTTP_201_CREATED)

    def visible_referrals(self, organization: Organization) -> Any:
        return selectors.referrals_visible(
            organization=organization,
            seats=[seat.pk for seat in self.own_seats()],
            chapters=self.chapters_with(scopes.MEMBERS_WRITE),
        ).select_related("giver", "receiver")


class ReferralSerializer(serializers.Serializer[Referral]):
    id = serializers.UUIDField()
    giver = serializers.UUIDField(source="giver_id")
    giver_name = serializers.CharField(source="giver.name")
    receiver = serializers.UUIDField(source="receiver_id")
    receiver_name = serializers.CharField(source="receiver.name")
    chapter = serializers.UUIDField(source="chapter_id")
    meeting = serializers.UUIDField(source="meeting_id", allow_null=True)
    tier = serializers.ChoiceField(choices=Referral.Tier.choices)
    hotness = serializers.IntegerField()
    contact_name = serializers.CharField()
    contact_company = serializers.CharField()
    contact_email = serializers.CharField()
    contact_phone = serializers.CharField()
    notes = serializers.CharField()
    consent_confirmed = serializers.BooleanField()
    expected_value = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    status = serializers.ChoiceField(choices=Referral.Status.choices)
    status_changed_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class ReferralCreateSerializer(InputSerializer):
    giver = serializers.UUIDField(
        required=False, help_text="One of your seats (default: the first)."
    )
    receiver = serializers.UUIDField()
    tier = serializers.ChoiceField(choices=Referral.Tier.choices, required=False)
    hotness = serializers.IntegerField(min_value=1, max_value=5, required=False)
    contact_name = serializers.CharField(max_length=150)
    contact_company = serializers.CharField(max_length=200, required=False, allow_blank=True)
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    contact_phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    consent_confirmed = serializers.BooleanField(required=False)
    expected_value = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        min_value=0,
        error_messages=MONEY_ERRORS,
        required=False,
        allow_null=True,
    )


class ReferralFilterSerializer(ListFilterSerializer):
    direction = serializers.ChoiceField(choices=["given", "received"], required=False)
    status = serializers.ChoiceField(choices=Referral.Status.choices, required=False)


class ReferralListApi(GivingApi):
    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="referral_list",
        parameters=[
            OpenApiParameter("direction", str, enum=["given", "received"]),
            OpenApiParameter("status", str, enum=Referral.Status.values),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(ReferralSerializer), **errors(400, 401, 403, 404)},
        summary="Referrals you gave or received (leaders: also their chapters'), newest first",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = ReferralFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = self.visible_referrals(organization)
        seats = [seat.pk for seat in self.own_seats()]
        direction = filters.validated_data.get("direction")
        if direction == "given":
            found = found.filter(giver_id__in=seats)
        elif direction == "received":
            found = found.filter(receiver_id__in=seats)
        if "status" in filters.validated_data:
            found = found.filter(status=filters.validated_data["status"])
        return self.paginate(request, found, ReferralSerializer)

    @extend_schema(
        operation_id="referral_give",
        request=ReferralCreateSerializer,
        responses={201: ReferralSerializer, **errors(400, 401, 403, 404)},
        summary="Give a member a referral (never yourself; outside referrals need consent)",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        return self.give_to_member(
            request,
            organization,
            ReferralCreateSerializer,
            services.referral_give,
            ReferralSerializer,
        )


class ReferralStatusApi(GivingApi):
    required_scopes = {"POST": [scopes.HELP_GIVE]}

    class StatusSerializer(InputSerializer):
        status = serializers.ChoiceField(choices=Referral.Status.choices)

    @extend_schema(
        operation_id="referral_change_status",
        request=StatusSerializer,
        responses={200: ReferralSerializer, **errors(400, 401, 403, 404)},
        summary="The receiver reports what became of the referral (the giver is told)",
    )
    def post(self, request: Request, organization: Organization, referral_id: UUID) -> Response:
        referral = self.visible_referrals(organization).filter(pk=referral_id).first()
        if referral is None:
            raise exceptions.NotFound()
        if referral.receiver.user_id != request.user.pk:
            raise exceptions.PermissionDenied(ONLY_RECEIVER)
        body = self.StatusSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        referral = services.referral_change_status(
            referral=referral, actor=request.user, status=body.validated_data["status"]
        )
        return Response(ReferralSerializer(referral).data)


class ThankYouSerializer(serializers.Serializer[ThankYou]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(
        source="chapter_id", help_text="The chapter whose report it counts in."
    )
    thanking = serializers.UUIDField(source="thanking_id")
    thanking_name = serializers.CharField(source="thanking.name")
    thanked = serializers.UUIDField(source="thanked_id", allow_null=True)
    thanked_name = serializers.SerializerMethodField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    currency = serializers.CharField()
    business = serializers.ChoiceField(choices=ThankYou.Business.choices)
    referral = serializers.UUIDField(source="referral_id", allow_null=True)
    meeting = serializers.UUIDField(source="meeting_id", allow_null=True)
    created_at = serializers.DateTimeField()

    def get_thanked_name(self, thank_you: ThankYou) -> str:
        return thank_you.thanked.name if thank_you.thanked else thank_you.thanked_name


class ThankYouCreateSerializer(InputSerializer):
    thanking = serializers.UUIDField(required=False, help_text="One of your seats.")
    thanked = serializers.UUIDField(required=False, allow_null=True, help_text="A member.")
    thanked_name = serializers.CharField(
        max_length=150, required=False, allow_blank=True, help_text="Or someone outside, by name."
    )
    amount = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, error_messages=MONEY_ERRORS
    )
    currency = serializers.CharField(max_length=3, required=False)
    business = serializers.ChoiceField(choices=ThankYou.Business.choices, required=False)
    referral = serializers.UUIDField(required=False, allow_null=True)


class ThankYouListApi(GivingApi):
    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="thank_you_list",
        summary="Thank-you slips for closed business the caller may read, newest first",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(ThankYouSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        found = selectors.thank_yous_visible(
            organization=organization,
            seats=[seat.pk for seat in self.own_seats()],
            chapters=self.chapters_with(scopes.MEMBERS_WRITE),
        ).select_related("thanking", "thanked")
        return self.paginate(request, found, ThankYouSerializer)

    @extend_schema(
        operation_id="thank_you_record",
        request=ThankYouCreateSerializer,
        responses={201: ThankYouSerializer, **errors(400, 401, 403, 404)},
        summary="Thank whoever gave you closed business (a linked referral becomes closed won)",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = ThankYouCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        thanking = self.giving_seat(data.pop("thanking", None))
        data["thanked"] = access_related(
            Member, organization=organization, pk=data.get("thanked"), field="thanked"
        )
        data["referral"] = access_related(
            Referral, organization=organization, pk=data.get("referral"), field="referral"
        )
        thank_you = services.thank_you_record(thanking=thanking, actor=request.user, **data)
        return Response(ThankYouSerializer(thank_you).data, status=status.HTTP_201_CREATED)


class LeaderboardRowSerializer(serializers.Serializer[Any]):
    rank = serializers.IntegerField()
    member = serializers.UUIDField(source="member.id")
    member_name = serializers.CharField(source="member.name")
    business_name = serializers.CharField(source="member.business_name")
    chapter = serializers.UUIDField(source="member.chapter_id")
    chapter_name = serializers.CharField(source="member.chapter_name")
    score = serializers.IntegerField()
    referrals = serializers.IntegerField(source="counts.referrals")
    one_to_ones = serializers.IntegerField(source="counts.one_to_ones")
    visitors = serializers.IntegerField(source="counts.visitors")
    education = serializers.IntegerField(source="counts.education")
    testimonials = serializers.IntegerField(source="counts.testimonials")
    other_help = serializers.IntegerField(source="counts.other_help")
    thank_you_amount = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text="Null on a board that leaves thank-you amounts out "
        "(`scoring.thank_you_amounts_counted`).",
    )
    rank_change = serializers.IntegerField(
        allow_null=True, help_text="Places gained (+) or lost (-) against the previous period."
    )


class ScoringSerializer(serializers.Serializer[Any]):
    """The organization's points, so that a board can say how its score is made."""

    referrals = serializers.IntegerField(help_text="Points for each referral given.")
    one_to_ones = serializers.IntegerField(help_text="Points for each 1-2-1 that counts.")
    visitors = serializers.IntegerField(help_text="Points for each visitor invited who came.")
    education = serializers.IntegerField(help_text="Points for each education credit.")
    testimonials = serializers.IntegerField(help_text="Points for each testimonial given.")
    other_help = serializers.IntegerField(help_text="Points for each introduction, lead or tip.")
    per_thousand = serializers.IntegerField(
        help_text="Points for each thousand of thanked business generated (0 when the board "
        "leaves thank-you amounts out)."
    )
    thank_you_amounts_counted = serializers.BooleanField(
        help_text="False when the organization keeps thank-you amounts private "
        "(policy show_thank_you_amounts off) and the caller may not see them all: the board then "
        "leaves amounts out of every score, rank and move, so none can be worked back to one."
    )


class LeaderboardSerializer(serializers.Serializer[Any]):
    metric = serializers.ChoiceField(choices=selectors.METRICS)
    scoring = ScoringSerializer()
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    total = serializers.IntegerField(help_text="How many members the board ranks.")
    rows = LeaderboardRowSerializer(
        many=True, help_text="The first `limit` ranks, and the caller's own row wherever it is."
    )


class LeaderboardFilterSerializer(serializers.Serializer[Any]):
    period = serializers.ChoiceField(choices=selectors.PERIODS, required=False)
    date_from = serializers.DateField(required=False)
    date_to = serializers.DateField(required=False)
    metric = serializers.ChoiceField(choices=selectors.METRICS, required=False)
    chapter = serializers.UUIDField(required=False)
    region = serializers.UUIDField(required=False)
    limit = serializers.IntegerField(min_value=1, max_value=5000, required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("date_from" in attrs) != ("date_to" in attrs):
            raise serializers.ValidationError({"date_to": ["Give both date_from and date_to."]})
        if "date_from" in attrs and attrs["date_from"] > attrs["date_to"]:
            raise serializers.ValidationError({"date_to": ["Must not be before date_from."]})
        return attrs


AMOUNTS_PRIVATE = (
    "This organization keeps thank-you amounts private, so boards you can see do not rank by them."
)


class HelpGivenLeaderboardApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.HELP_READ]}

    @extend_schema(
        operation_id="leaderboard_help_given",
        parameters=[
            OpenApiParameter("period", str, enum=selectors.PERIODS, default="month"),
            OpenApiParameter("date_from", str, description="YYYY-MM-DD (with date_to)"),
            OpenApiParameter("date_to", str, description="YYYY-MM-DD, inclusive"),
            OpenApiParameter("metric", str, enum=selectors.METRICS, default="score"),
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("region", UUID),
            OpenApiParameter(
                "limit", int, default=LEADERBOARD_LIMIT, description="How many ranks (1-5000)."
            ),
        ],
        responses={200: LeaderboardSerializer, **errors(400, 401, 403, 404)},
        summary="Members ranked by help given (givers gain), with their move since last period",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = LeaderboardFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        params = filters.validated_data
        metric = params.get("metric", "score")
        amounts_counted = self._sees_every_amount(organization, params.get("chapter"))
        if not amounts_counted and metric == "thank_you_amount":
            raise serializers.ValidationError({"metric": [AMOUNTS_PRIVATE]})
        period = None if "date_from" in params else params.get("period", "month")
        if period is None:
            start, end = params["date_from"], params["date_to"]
        else:
            start, end = selectors.period_bounds(period, organization_today(organization))
        rows = selectors.help_given_leaderboard(
            organization=organization,
            start=start,
            end=end,
            previous=selectors.previous_bounds(period, start, end),
            metric=metric,
            chapter=params.get("chapter"),
            region=params.get("region"),
            amounts_counted=amounts_counted,
        )
        limit = params.get("limit", LEADERBOARD_LIMIT)
        data = LeaderboardSerializer(
            {
                "metric": metric,
                "scoring": selectors.scoring(organization, amounts_counted=amounts_counted),
                "period_start": start,
                "period_end": end,
                "total": len(rows),
                "rows": [
                    row
                    for index, row in enumerate(rows)
                    if index < limit or row.member.user_id == request.user.pk
                ],
            }
        ).data
        if not amounts_counted:
            for row in data["rows"]:
                row["thank_you_amount"] = None
        return Response(data)

    def _sees_every_amount(self, organization: Organization, chapter: Any) -> bool:
        """Whether the board may count thank-you amounts: the policy shows them, or the caller
        leads every seat on the board (staff, or a leader on their own chapter's board).
        Otherwise a score that counts amounts would give one back by subtraction."""
        if effective_policies(organization.settings)["show_thank_you_amounts"]:
            return True
        return self.has_scope(scopes.MEMBERS_WRITE, chapter)


# --- 1-2-1s, education, testimonials, other help ------------------------------------------------


def mine_or_led(view: GivingApi, queryset: Any, *sides: str) -> Any:
    """Rows where one of the caller's seats is on a side, or (leaders) a side's chapter is led."""
    chapters = view.chapters_with(scopes.MEMBERS_WRITE)
    if chapters is None:
        return queryset
    seats = [seat.pk for seat in view.own_seats()]
    condition = Q()
    for side in sides:
        condition |= Q(**{f"{side}_id__in": seats}) | Q(**{f"{side}__chapter_id__in": chapters})
    return queryset.filter(condition).distinct()


class ParticipantSerializer(serializers.Serializer[OneToOneParticipant]):
    id = serializers.UUIDField()
    member = serializers.UUIDField(source="member_id")
    member_name = serializers.CharField(source="member.name")
    answer = serializers.ChoiceField(choices=OneToOneParticipant.Answer.choices)


class OneToOneSerializer(serializers.Serializer[OneToOne]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(
        source="chapter_id", help_text="The chapter whose report it counts in."
    )
    member = serializers.UUIDField(source="member_id")
    member_name = serializers.CharField(source="member.name")
    participants = ParticipantSerializer(many=True, source="participants.all")
    met_on = serializers.DateField()
    mode = serializers.ChoiceField(choices=OneToOne.Mode.choices)
    notes = serializers.CharField()
    counted = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_counted(self, one_to_one: OneToOne) -> bool:
        return one_to_one.counted_at is not None


class OneToOneCreateSerializer(InputSerializer):
    member = serializers.UUIDField(required=False, help_text="One of your seats.")
    others = serializers.ListField(child=serializers.UUIDField(), min_length=1, max_length=2)
    met_on = serializers.DateField()
    mode = serializers.ChoiceField(choices=OneToOne.Mode.choices, required=False)
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)


class OneToOneListApi(GivingApi):
    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="one_to_one_list",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(OneToOneSerializer), **errors(400, 401, 403, 404)},
        summary="1-2-1s you logged or were part of (leaders: their chapters')",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        found = OneToOne.objects.filter(organization=organization).select_related("member")
        found = mine_or_led(self, found, "member", "participants__member").prefetch_related(
            "participants__member"
        )
        return self.paginate(request, found, OneToOneSerializer)

    @extend_schema(
        operation_id="one_to_one_log",
        request=OneToOneCreateSerializer,
        responses={201: OneToOneSerializer, **errors(400, 401, 403, 404)},
        summary="Log a 1-2-1 with one or two members (they are asked to confirm)",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = OneToOneCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        member = self.giving_seat(data.pop("member", None))
        others = [
            access_related(Member, organization=organization, pk=pk, field="others")
            for pk in data.pop("others")
        ]
        one_to_one = services.one_to_one_log(
            member=member, actor=request.user, others=[o for o in others if o], **data
        )
        return Response(OneToOneSerializer(one_to_one).data, status=status.HTTP_201_CREATED)


def _answer_view(answer: str) -> type[OrganizationApiView]:
    class OneToOneAnswerApi(GivingApi):
        required_scopes = {"POST": [scopes.HELP_GIVE]}

        @extend_schema(
            operation_id=f"one_to_one_{answer}",
            request=None,
            responses={200: OneToOneSerializer, **errors(401, 403, 404, 409)},
            summary=f"As one of the people met: {answer} the 1-2-1",
        )
        def post(
            self, request: Request, organization: Organization, one_to_one_id: UUID
        ) -> Response:
            seats = [seat.pk for seat in self.own_seats()]
            participant = (
                OneToOneParticipant.objects.filter(
                    organization=organization, one_to_one_id=one_to_one_id, member_id__in=seats
                )
                .select_related("one_to_one__member")
                .first()
            )
            if participant is None:
                raise exceptions.NotFound()
            services.one_to_one_answer(participant=participant, actor=request.user, answer=answer)
            return Response(OneToOneSerializer(participant.one_to_one).data)

    OneToOneAnswerApi.__name__ = OneToOneAnswerApi.__qualname__ = f"OneToOne{answer.title()}Api"
    return OneToOneAnswerApi


OneToOneConfirmApi = _answer_view(OneToOneParticipant.Answer.CONFIRMED.value)
OneToOneDisputeApi = _answer_view(OneToOneParticipant.Answer.DISPUTED.value)


class EducationCreditSerializer(serializers.Serializer[EducationCredit]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(
        source="chapter_id", help_text="The chapter whose report it counts in."
    )
    member = serializers.UUIDField(source="member_id")
    member_name = serializers.CharField(source="member.name")
    kind = serializers.ChoiceField(choices=EducationCredit.Kind.choices)
    title = serializers.CharField()
    completed_on = serializers.DateField()
    credits = serializers.IntegerField()
    created_at = serializers.DateTimeField()


class EducationCreditCreateSerializer(InputSerializer):
    member = serializers.UUIDField(required=False, help_text="One of your seats.")
    kind = serializers.ChoiceField(choices=EducationCredit.Kind.choices, required=False)
    title = serializers.CharField(max_length=200)
    completed_on = serializers.DateField()
    credits = serializers.IntegerField(min_value=1, max_value=10, required=False)


class EducationCreditListApi(GivingApi):
    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="education_credit_list",
        summary="Education credits: the caller's own, or those of the chapters they lead",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(EducationCreditSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        found = EducationCredit.objects.filter(organization=organization).select_related("member")
        return self.paginate(request, mine_or_led(self, found, "member"), EducationCreditSerializer)

    @extend_schema(
        operation_id="education_credit_record",
        summary="Record an education credit for a member",
        request=EducationCreditCreateSerializer,
        responses={201: EducationCreditSerializer, **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = EducationCreditCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        member = self.giving_seat(data.pop("member", None))
        credit = services.education_record(member=member, actor=request.user, **data)
        return Response(EducationCreditSerializer(credit).data, status=status.HTTP_201_CREATED)


class TestimonialSerializer(serializers.Serializer[Testimonial]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(
        source="chapter_id", help_text="The chapter whose report it counts in."
    )
    giver = serializers.UUIDField(source="giver_id")
    giver_name = serializers.CharField(source="giver.name")
    receiver = serializers.UUIDField(source="receiver_id")
    receiver_name = serializers.CharField(source="receiver.name")
    text = serializers.CharField()
    meeting = serializers.UUIDField(source="meeting_id", allow_null=True)
    created_at = serializers.DateTimeField()


class OtherHelpSerializer(serializers.Serializer[OtherHelp]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(
        source="chapter_id", help_text="The chapter whose report it counts in."
    )
    giver = serializers.UUIDField(source="giver_id")
    giver_name = serializers.CharField(source="giver.name")
    receiver = serializers.UUIDField(source="receiver_id")
    receiver_name = serializers.CharField(source="receiver.name")
    kind = serializers.ChoiceField(choices=OtherHelp.Kind.choices)
    note = serializers.CharField()
    created_at = serializers.DateTimeField()


class GiveToSerializer(InputSerializer):
    giver = serializers.UUIDField(required=False, help_text="One of your seats.")
    receiver = serializers.UUIDField()


class TestimonialCreateSerializer(GiveToSerializer):
    text = serializers.CharField(max_length=2000)


class OtherHelpCreateSerializer(GiveToSerializer):
    kind = serializers.ChoiceField(choices=OtherHelp.Kind.choices)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True)


class DirectionFilterSerializer(ListFilterSerializer):
    direction = serializers.ChoiceField(choices=["given", "received"], required=False)


class TestimonialListApi(GivingApi):
    """Testimonials are said out loud at meetings: everyone in the organization reads them."""

    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="testimonial_list",
        summary="Testimonials given, newest first",
        description="Everyone's by default; `direction=given` keeps those the caller gave, "
        "`direction=received` those given to them.",
        parameters=[
            OpenApiParameter("direction", str, enum=["given", "received"]),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(TestimonialSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = DirectionFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = Testimonial.objects.filter(organization=organization).select_related(
            "giver", "receiver"
        )
        direction = filters.validated_data.get("direction")
        if direction is not None:
            seats = [seat.pk for seat in self.own_seats()]
            side = "giver_id__in" if direction == "given" else "receiver_id__in"
            found = found.filter(**{side: seats})
        return self.paginate(request, found, TestimonialSerializer)

    @extend_schema(
        operation_id="testimonial_give",
        summary="Give a testimonial to another member",
        request=TestimonialCreateSerializer,
        responses={201: TestimonialSerializer, **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, organization: Organization) -> Response:
        return self.give_to_member(
            request,
            organization,
            TestimonialCreateSerializer,
            services.testimonial_give,
            TestimonialSerializer,
        )


class OtherHelpListApi(GivingApi):
    required_scopes = {"GET": [scopes.HELP_READ], "POST": [scopes.HELP_GIVE]}

    @extend_schema(
        operation_id="other_help_list",
        summary="Other help given (not referrals), newest first",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(OtherHelpSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        found = OtherHelp.objects.filter(organization=organization).select_related(
            "giver", "receiver"
        )
        return self.paginate(
            request, mine_or_led(self, found, "giver", "receiver"), OtherHelpSerializer
        )

    @extend_schema(
        operation_id="other_help_give",
        request=OtherHelpCreateSerializer,
        responses={201: OtherHelpSerializer, **errors(400, 401, 403, 404)},
        summary="An introduction, a lead passed on, or useful information for a member",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        return self.give_to_member(
            request,
            organization,
            OtherHelpCreateSerializer,
            services.other_help_give,
            OtherHelpSerializer,
        )
