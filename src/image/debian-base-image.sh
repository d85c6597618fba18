#!/usr/bin/env bash
# Builds a JRE 17 base image as a tarball (docker-save format) from Debian packages, with mmdebstrap:
# no container registry and no Docker daemon needed. Jib can then build the application image from it:
#
#   src/image/debian-base-image.sh target/base-image/debian-jre17.tar
#   ./mvnw -Pimage package -DskipTests -Djib.goal=buildTar \
#       -Dimage.base=tar://$PWD/target/base-image/debian-jre17.tar -Dimage.name=licence-recon
#
# Needs root (or a user namespace) and the mmdebstrap package; downloads the packages from the APT sources
# configured on this machine. The image has a user "nonroot" (65532:65532), the uid the chart runs as.
set -euo pipefail

out=${1:-target/base-image/debian-jre17.tar}
suite=${DEBIAN_SUITE:-bookworm}
command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the JRE's postinst registers man pages through update-alternatives: keep the directory, drop its files
mmdebstrap --variant=minbase \
  --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
  --customize-hook='echo "nonroot:x:65532:65532:nonroot:/home/nonroot:/usr/sbin/nologin" >> "$1/etc/passwd"' \
  --customize-hook='echo "nonroot:x:65532:" >> "$1/etc/group"' \
  --customize-hook='mkdir -p "$1/home/nonroot" && chown 65532:65532 "$1/home/nonroot"' \
  "$suite" "$work/layer.tar"

mkdir -p "$(dirname "$out")"
python3 - "$work" "$out" "$suite" <<'PY'
import hashlib, json, os, sys, tarfile, datetime
work, out, suite = sys.argv[1:4]
layer = os.path.join(work, "layer.tar")
digest = hashlib.sha256()
with open(layer, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
diff_id = "sha256:" + digest.hexdigest()
java_home = "/usr/lib/jvm/java-17-openjdk-amd64"
config = {
    "architecture": "amd64",
    "os": "linux",
    "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "config": {
        "Env": ["PATH=" + java_home + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=" + java_home, "LANG=C.UTF-8"],
        "User": "65532:65532",
        "WorkingDir": "/",
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "mmdebstrap --variant=minbase " + suite + " + openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, indent=2).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["licence-recon-base/debian-jre17:" + suite],
             "Layers": [diff_id[7:] + "/layer.tar"]}]
with open(os.path.join(work, config_name), "wb") as f:
    f.write(config_bytes)
with open(os.path.join(work, "manifest.json"), "w") as f:
    json.dump(manifest, f)
with tarfile.open(out, "w") as tar:
    tar.add(os.path.join(work, "manifest.json"), "manifest.json")
    tar.add(os.path.join(work, config_name), config_name)
    tar.add(layer, diff_id[7:] + "/layer.tar")
print(out, diff_id)
PY
