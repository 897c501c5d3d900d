#!/usr/bin/env bash
# A one-minute tour of dialog tokens with the `dialogtoken` CLI: make a key, publish it as a JWKS, issue a token
# for a dialog, inspect it, and verify it offline as a service provider would.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
dialogtoken() { dotnet src/Cli/bin/Release/net10.0/dialogtoken.dll "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dialog=0194fe82-9280-77a5-a7cd-5ff0e6a6fa07
issuer=https://dialogs.example/api/v1

echo "== 1. A new Ed25519 signing key (private JWK, mode 600)"
dialogtoken keys new --out "$work/key.json"
echo
echo "== 2. Its public half, as the issuer publishes it (JWKS)"
dialogtoken keys jwks "$work/key.json" | tee "$work/jwks.json"
echo
echo "== 3. A dialog token: the user may read and write dialog $dialog"
token=$(dialogtoken issue --key "$work/key.json" --issuer "$issuer" --dialog "$dialog" \
  --party urn:altinn:organization:identifier-no:991825827 \
  --authenticated-party urn:altinn:person:identifier-no:14886498226 \
  --resource urn:altinn:resource:super-simple-service --actions 'read;write;delete,urn:altinn:task:Task_1' --level 3)
echo "$token"
echo
echo "== 4. What it says (decoded, not verified)"
dialogtoken inspect "$token"
echo
echo "== 5. A service provider verifies it offline: may this user write on this dialog?"
dialogtoken verify "$token" --jwks "$work/jwks.json" --issuer "$issuer" --dialog "$dialog" --action write
echo
echo "== 6. ... and delete? Only on task Task_1, so a plain delete is refused (exit code 1):"
dialogtoken verify "$token" --jwks "$work/jwks.json" --issuer "$issuer" --dialog "$dialog" --action delete || true
