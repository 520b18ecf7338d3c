"""One slip: read it, change it, withdraw it (``GET|PATCH|DELETE <kind>/{id}/``).

The member who logged a slip changes or withdraws it until its weekly report is completed;
then it is locked (409). The chapter's leaders may still correct it, giving a
``correction_reason``; that correction is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.serializers import InputSerializer
from referrals import selectors
from referrals.apis import (
    EducationCreditSerializer,
    GivingApi,
    OneToOneSerializer,
    OtherHelpSerializer,
    ReferralSerializer,
    TestimonialSerializer,
    ThankYouSerializer,
    mine_or_led,
)
from referrals.corrections import slip_change, slip_withdraw
from referrals.models import (
    MONEY_ERRORS,
    EducationCredit,
    OneToOne,
    OtherHelp,
    Referral,
    Slip,
    Testimonial,
    ThankYou,
)
from tenancy.models import Organization

NOT_YOURS = "Only the member who logged it, or their chapter's leaders, change it."
REASON_HELP = "Leaders only: why a slip of a completed weekly report is corrected (required then)."


class SlipChangeSerializer(InputSerializer):
    correction_reason = serializers.CharField(
        max_length=500, required=False, allow_blank=True, help_text=REASON_HELP
    )


class WithdrawSerializer(serializers.Serializer[Any]):
    correction_reason = serializers.CharField(
        max_length=500, required=False, allow_blank=True, help_text=REASON_HELP
    )


class ReferralChangeSerializer(SlipChangeSerializer):
    tier = serializers.ChoiceField(choices=Referral.Tier.choices, required=False)
    hotness = serializers.IntegerField(min_value=1, max_value=5, required=False)
    contact_name = serializers.CharField(max_length=150, required=False)
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


class ThankYouChangeSerializer(SlipChangeSerializer):
    amount = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, error_messages=MONEY_ERRORS, required=False
    )
    currency = serializers.CharField(max_length=3, required=False)
    business = serializers.ChoiceField(choices=ThankYou.Business.choices, required=False)


class OneToOneChangeSerializer(SlipChangeSerializer):
    met_on = serializers.DateField(required=False)
    mode = serializers.ChoiceField(choices=OneToOne.Mode.choices, required=False)
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)


class EducationCreditChangeSerializer(SlipChangeSerializer):
    kind = serializers.ChoiceField(choices=EducationCredit.Kind.choices, required=False)
    title = serializers.CharField(max_length=200, required=False)
    completed_on = serializers.DateField(required=False)
    credits = serializers.IntegerField(min_value=1, max_value=10, required=False)


class TestimonialChangeSerializer(SlipChangeSerializer):
    text = serializers.CharField(max_length=2000, required=False)


class OtherHelpChangeSerializer(SlipChangeSerializer):
    kind = serializers.ChoiceField(choices=OtherHelp.Kind.choices, required=False)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True)


class SlipDetailApi(GivingApi):
    """Set by ``slip_detail_api``: what kind of slip, who logged it, who may read it."""

    required_scopes = {
        "GET": [scopes.HELP_READ],
        "PATCH": [scopes.HELP_READ],
        "DELETE": [scopes.HELP_READ],
    }
    author: str
    output: type[serializers.Serializer[Any]]
    changes: type[SlipChangeSerializer]
    visible: Callable[[GivingApi, Organization], Any]

    def slip(self, organization: Organization, slip_id: UUID) -> Any:
        found = type(self).visible(self, organization).filter(pk=slip_id).first()
        if found is None:
            raise exceptions.NotFound()
        return found

    def changer(self, slip: Slip) -> bool:
        """Whether the caller may change ``slip`` as its chapter's leader (True) or as the
        member who logged it (False); anyone else is refused before their input is read."""
        leader = self.has_scope(scopes.MEMBERS_WRITE, slip.chapter_id)
        if not leader and getattr(slip, self.author).user_id != self.request.user.pk:
            raise exceptions.PermissionDenied(NOT_YOURS)
        return leader

    @staticmethod
    def reason(data: dict[str, Any], *, leader: bool) -> str:
        """The correction reason, a leader's only: the author alone never unlocks a slip."""
        reason = str(data.pop("correction_reason", ""))
        return reason if leader else ""

    def retrieve(self, organization: Organization, slip_id: UUID) -> Response:
        return Response(self.output(self.slip(organization, slip_id)).data)

    def change(self, request: Request, organization: Organization, slip_id: UUID) -> Response:
        slip = self.slip(organization, slip_id)
        leader = self.changer(slip)
        body = self.changes(data=request.data)
        body.is_valid(raise_exception=True)
        data = dict(body.validated_data)
        reason = self.reason(data, leader=leader)
        slip_change(slip=slip, actor=request.user, changes=data, correction_reason=reason)
        return Response(self.output(slip).data)

    def withdraw(self, request: Request, organization: Organization, slip_id: UUID) -> Response:
        slip = self.slip(organization, slip_id)
        leader = self.changer(slip)
        query = WithdrawSerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        reason = self.reason(dict(query.validated_data), leader=leader)
        slip_withdraw(slip=slip, actor=request.user, correction_reason=reason)
        return Response(status=status.HTTP_204_NO_CONTENT)


def slip_detail_api(
    *,
    name: str,
    label: str,
    author: str,
    output: type[serializers.Serializer[Any]],
    changes: type[SlipChangeSerializer],
    visible: Callable[[GivingApi, Organization], Any],
    id_name: str,
) -> type[SlipDetailApi]:
    """The detail view of one kind of slip, with its own operation ids in the schema."""

    class Api(SlipDetailApi):
        @extend_schema(
            operation_id=f"{name}_retrieve",
            responses={200: output, **errors(401, 403, 404)},
            summary=f"One {label}",
        )
        def get(self, request: Request, organization: Organization, **kwargs: UUID) -> Response:
            return self.retrieve(organization, kwargs[id_name])

        @extend_schema(
            operation_id=f"{name}_change",
            request=changes,
            responses={200: output, **errors(400, 401, 403, 404, 409)},
            summary=f"Fix a {label} (409 once its weekly report is completed, except a "
            "leader's correction)",
        )
        def patch(self, request: Request, organization: Organization, **kwargs: UUID) -> Response:
            return self.change(request, organization, kwargs[id_name])

        @extend_schema(
            operation_id=f"{name}_withdraw",
            parameters=[
                OpenApiParameter("correction_reason", str, description=REASON_HELP),
            ],
            request=None,
            responses={204: None, **errors(400, 401, 403, 404, 409)},
            summary=f"Withdraw a {label} logged by mistake (it no longer counts)",
        )
        def delete(self, request: Request, organization: Organization, **kwargs: UUID) -> Response:
            return self.withdraw(request, organization, kwargs[id_name])

    Api.author = author
    Api.output = output
    Api.changes = changes
    Api.visible = visible
    Api.__name__ = Api.__qualname__ = "".join(part.title() for part in name.split("_")) + "Api"
    return Api


def _mine_or_led(
    model: type[Slip], sides: tuple[str, ...], related: tuple[str, ...]
) -> Callable[[GivingApi, Organization], Any]:
    """Slips of ``model`` where one of the caller's seats is on a side, or a side's chapter is
    one they lead."""

    def visible(view: GivingApi, organization: Organization) -> Any:
        slips = model.objects.filter(organization=organization)
        return mine_or_led(view, slips.select_related("chapter", "meeting", *related), *sides)

    return visible


def _visible_one_to_ones(view: GivingApi, organization: Organization) -> Any:
    logged = _mine_or_led(OneToOne, ("member", "participants__member"), ("member__chapter",))
    return logged(view, organization).prefetch_related("participants__member")


def _visible_thank_yous(view: GivingApi, organization: Organization) -> Any:
    return selectors.thank_yous_visible(
        organization=organization,
        seats=[seat.pk for seat in view.own_seats()],
        chapters=view.chapters_with(scopes.MEMBERS_WRITE),
    ).select_related("chapter", "meeting", "thanking__chapter", "thanked__chapter")


ReferralDetailApi = slip_detail_api(
    name="referral",
    label="referral",
    author="giver",
    output=ReferralSerializer,
    changes=ReferralChangeSerializer,
    visible=lambda view, organization: view.visible_referrals(organization).select_related(
        "chapter", "meeting", "giver__chapter", "receiver__chapter"
    ),
    id_name="referral_id",
)
ThankYouDetailApi = slip_detail_api(
    name="thank_you",
    label="thank-you",
    author="thanking",
    output=ThankYouSerializer,
    changes=ThankYouChangeSerializer,
    visible=_visible_thank_yous,
    id_name="thank_you_id",
)
OneToOneDetailApi = slip_detail_api(
    name="one_to_one",
    label="1-2-1",
    author="member",
    output=OneToOneSerializer,
    changes=OneToOneChangeSerializer,
    visible=_visible_one_to_ones,
    id_name="one_to_one_id",
)
EducationCreditDetailApi = slip_detail_api(
    name="education_credit",
    label="education credit",
    author="member",
    output=EducationCreditSerializer,
    changes=EducationCreditChangeSerializer,
    visible=_mine_or_led(EducationCredit, ("member",), ("member__chapter",)),
    id_name="education_credit_id",
)
TestimonialDetailApi = slip_detail_api(
    name="testimonial",
    label="testimonial",
    author="giver",
    output=TestimonialSerializer,
    changes=TestimonialChangeSerializer,
    visible=lambda view, organization: Testimonial.objects.filter(
        organization=organization
    ).select_related("chapter", "meeting", "giver__chapter", "receiver"),
    id_name="testimonial_id",
)
OtherHelpDetailApi = slip_detail_api(
    name="other_help",
    label="piece of other help",
    author="giver",
    output=OtherHelpSerializer,
    changes=OtherHelpChangeSerializer,
    visible=_mine_or_led(OtherHelp, ("giver", "receiver"), ("giver__chapter", "receiver")),
    id_name="other_help_id",
)
