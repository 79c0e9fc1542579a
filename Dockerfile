# syntax=docker/dockerfile:1
#
# eventbot: a static binary in an otherwise empty image, run as a non-root user.
# dockerfile_test.go reproduces this file without a Docker engine: it runs the
# build stage's `go build` with this file's ENV, ARG and flags, assembles the
# final stage's COPYs in a directory and runs the binary there under chroot as
# the USER below. Keep the build in plain `go build` RUN lines so it can.

# Keep in step with the go directive in go.mod (the test checks).
ARG GO_VERSION=1.26.8

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Modules first, in their own layer: it is rebuilt only when go.mod or go.sum
# change.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# ne keeps gse's embedded dictionaries (23 MB of Japanese among them) out: the
# index package embeds its own dictionary. No time-zone data: nothing the
# program does depends on a zone, and its logs are in UTC.
ENV CGO_ENABLED=0 GOFLAGS=-mod=readonly
RUN --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags="-s -w" -tags=ne -o /out/eventbot .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/eventbot /eventbot
# distroless's "nonroot" user; numeric, so no /etc/passwd is needed.
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/eventbot", "health"]
ENTRYPOINT ["/eventbot"]
CMD ["serve"]
