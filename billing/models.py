"""Plans, Stripe customer and subscription state, webhook events and entitlements."""
