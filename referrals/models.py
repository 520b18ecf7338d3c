"""Referrals, thank-yous, 1-2-1s, education credits, testimonials and their rollups."""
