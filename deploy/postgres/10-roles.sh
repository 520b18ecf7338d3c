#!/bin/sh
# First start of the database container: the owner role (runs migrations, owns every table)
# and the runtime role (what web and worker connect as: owns nothing, row-level security
# applies to it). Neither is a superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE app_owner LOGIN PASSWORD '${APP_OWNER_PASSWORD}' NOSUPERUSER NOBYPASSRLS;
CREATE ROLE app_runtime LOGIN PASSWORD '${APP_RUNTIME_PASSWORD}'
    NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE app OWNER app_owner;
SQL
