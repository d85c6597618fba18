{{/*
Chart name, truncated to 63 characters (the DNS label limit).
*/}}
{{- define "licence-recon.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: <release>-<chart>, or the release name when it already contains the chart name.
Kept to 52 characters: the CronJob controller appends an 11-character suffix to Job names.
*/}}
{{- define "licence-recon.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "licence-recon.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels.
*/}}
{{- define "licence-recon.labels" -}}
helm.sh/chart: {{ include "licence-recon.chart" . }}
{{ include "licence-recon.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: licence-recon
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "licence-recon.selectorLabels" -}}
app.kubernetes.io/name: {{ include "licence-recon.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "licence-recon.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "licence-recon.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image reference: repository@digest, or repository:tag (tag defaults to the chart's appVersion).
*/}}
{{- define "licence-recon.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
Name of the ConfigMap with the mapping tables.
*/}}
{{- define "licence-recon.mappingsConfigMap" -}}
{{- default (printf "%s-mappings" (include "licence-recon.fullname" .)) .Values.mappings.existingConfigMap }}
{{- end }}

{{/*
One environment variable from a key of an existing Secret.
Usage: include "licence-recon.secretEnv" (list "ENV_NAME" "secret-name" "key")
*/}}
{{- define "licence-recon.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 | quote }}
      key: {{ index . 2 | quote }}
{{- end }}

{{/*
Container environment. Credentials only ever come from existing Secrets (secretKeyRef).
Usage: include "licence-recon.env" (dict "root" $ "command" "run" "manyMsps" false)
*/}}
{{- define "licence-recon.env" -}}
{{- $v := .root.Values }}
{{- $db := $v.database }}
{{- if $db.url }}
- name: SPRING_DATASOURCE_URL
  value: {{ $db.url | quote }}
{{- else }}
{{ include "licence-recon.secretEnv" (list "SPRING_DATASOURCE_URL" $db.existingSecret $db.urlKey) }}
{{- end }}
{{ include "licence-recon.secretEnv" (list "SPRING_DATASOURCE_USERNAME" $db.existingSecret $db.usernameKey) }}
{{ include "licence-recon.secretEnv" (list "SPRING_DATASOURCE_PASSWORD" $db.existingSecret $db.passwordKey) }}
- name: RECON_INPUT_DIR
  value: {{ $v.input.mountPath | quote }}
{{- if $v.msps.enabled }}
- name: RECON_MSPS_DIR
  value: {{ $v.input.mountPath | quote }}
{{- end }}
- name: RECON_OUTPUT_DIR
  value: {{ $v.output.mountPath | quote }}
- name: RECON_TIME_ZONE
  value: {{ default $v.timeZone $v.recon.timeZone | quote }}
- name: RECON_VENDOR_SOURCE
  value: {{ $v.recon.vendorSource | quote }}
- name: RECON_PSA_SOURCE
  value: {{ $v.recon.psaSource | quote }}
{{- if eq $v.recon.vendorSource "mimecast-api" }}
{{- $mc := $v.mimecast }}
{{- $secret := required "mimecast.existingSecret is required when recon.vendorSource is mimecast-api" $mc.existingSecret }}
- name: RECON_MIMECAST_BASE_URL
  value: {{ required "mimecast.baseUrl is required when recon.vendorSource is mimecast-api" $mc.baseUrl | quote }}
{{ include "licence-recon.secretEnv" (list "RECON_MIMECAST_CLIENT_ID" $secret $mc.clientIdKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_MIMECAST_CLIENT_SECRET" $secret $mc.clientSecretKey) }}
{{- end }}
{{- if eq $v.recon.psaSource "connectwise-api" }}
{{- $cw := $v.connectwise }}
{{- $secret := required "connectwise.existingSecret is required when recon.psaSource is connectwise-api" $cw.existingSecret }}
- name: RECON_CONNECTWISE_BASE_URL
  value: {{ required "connectwise.baseUrl is required when recon.psaSource is connectwise-api" $cw.baseUrl | quote }}
{{ include "licence-recon.secretEnv" (list "RECON_CONNECTWISE_COMPANY_ID" $secret $cw.companyIdKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_CONNECTWISE_PUBLIC_KEY" $secret $cw.publicKeyKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_CONNECTWISE_PRIVATE_KEY" $secret $cw.privateKeyKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_CONNECTWISE_CLIENT_ID" $secret $cw.clientIdKey) }}
{{- end }}
{{- if eq $v.recon.psaSource "autotask-api" }}
{{- $at := $v.autotask }}
{{- $secret := required "autotask.existingSecret is required when recon.psaSource is autotask-api" $at.existingSecret }}
{{- if $at.baseUrl }}
- name: RECON_AUTOTASK_BASE_URL
  value: {{ $at.baseUrl | quote }}
{{- end }}
- name: RECON_AUTOTASK_ZONE_URL
  value: {{ required "autotask.zoneUrl is required when recon.psaSource is autotask-api" $at.zoneUrl | quote }}
{{ include "licence-recon.secretEnv" (list "RECON_AUTOTASK_USERNAME" $secret $at.usernameKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_AUTOTASK_SECRET" $secret $at.secretKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_AUTOTASK_INTEGRATION_CODE" $secret $at.integrationCodeKey) }}
{{- end }}
{{- if eq $v.recon.psaSource "halopsa-api" }}
{{- $halo := $v.halopsa }}
{{- $secret := required "halopsa.existingSecret is required when recon.psaSource is halopsa-api" $halo.existingSecret }}
- name: RECON_HALOPSA_BASE_URL
  value: {{ required "halopsa.baseUrl is required when recon.psaSource is halopsa-api" $halo.baseUrl | quote }}
{{- if $halo.authUrl }}
- name: RECON_HALOPSA_AUTH_URL
  value: {{ $halo.authUrl | quote }}
{{- end }}
{{- if $halo.tenant }}
- name: RECON_HALOPSA_TENANT
  value: {{ $halo.tenant | quote }}
{{- end }}
{{ include "licence-recon.secretEnv" (list "RECON_HALOPSA_CLIENT_ID" $secret $halo.clientIdKey) }}
{{ include "licence-recon.secretEnv" (list "RECON_HALOPSA_CLIENT_SECRET" $secret $halo.clientSecretKey) }}
{{- end }}
{{- if $v.mail.enabled }}
{{- $mail := $v.mail }}
- name: SPRING_MAIL_HOST
  value: {{ required "mail.host is required when mail.enabled is true" $mail.host | quote }}
- name: SPRING_MAIL_PORT
  value: {{ $mail.port | quote }}
- name: RECON_DELIVERY_MAILTO
  value: {{ required "mail.to is required when mail.enabled is true" $mail.to | quote }}
- name: RECON_DELIVERY_MAILFROM
  value: {{ required "mail.from is required when mail.enabled is true" $mail.from | quote }}
{{- if $mail.ssl }}
- name: SPRING_MAIL_SSL_ENABLED
  value: "true"
{{- else if $mail.starttls }}
{{- /* JavaMail keys through relaxed binding: the env name lower-cased, "_" as "." (proven by HelmChartTests) */}}
- name: SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE
  value: "true"
- name: SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED
  value: "true"
{{- else if $mail.existingSecret }}
{{- fail "mail.existingSecret is set but mail.starttls and mail.ssl are false: the SMTP password would be sent in clear" }}
{{- end }}
{{- if $mail.existingSecret }}
{{ include "licence-recon.secretEnv" (list "SPRING_MAIL_USERNAME" $mail.existingSecret $mail.usernameKey) }}
{{ include "licence-recon.secretEnv" (list "SPRING_MAIL_PASSWORD" $mail.existingSecret $mail.passwordKey) }}
{{- end }}
{{- end }}
{{- if $v.metrics.pushgatewayUrl }}
- name: RECON_METRICS_PUSHGATEWAYURL
  value: {{ $v.metrics.pushgatewayUrl | quote }}
{{- end }}
{{- if $v.recon.structuredLogFormat }}
- name: LOGGING_STRUCTURED_FORMAT_CONSOLE
  value: {{ $v.recon.structuredLogFormat | quote }}
{{- end }}
{{- /* a process of one MSP ends before the full JIT pays for its compiling; one over many MSPs (the Indexed Job) keeps it */ -}}
{{- $javaOptions := $v.javaToolOptions }}
{{- if and $v.quickStartJavaOptions (not .manyMsps) }}
{{- $javaOptions = trim (printf "%s %s" $javaOptions $v.quickStartJavaOptions) }}
{{- end }}
{{- if $javaOptions }}
- name: JAVA_TOOL_OPTIONS
  value: {{ $javaOptions | quote }}
{{- end }}
{{- with $v.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Job spec shared by the CronJob's jobTemplate and the one-off ops Job. With "indexed" (msps.enabled, the scheduled
run only): an Indexed Job of msps.shards pods, retried per index, a refused shard failing its index alone.
Usage: include "licence-recon.jobSpec" (dict "root" $ "args" (list "run") "component" "scheduled" "backoffLimit" 1)
*/}}
{{- define "licence-recon.jobSpec" -}}
{{- $root := .root }}
{{- $v := $root.Values }}
{{- $job := $v.job }}
{{- if .indexed }}
{{- $msps := $v.msps }}
completionMode: Indexed
completions: {{ $msps.shards }}
parallelism: {{ $msps.parallelism }}
backoffLimitPerIndex: {{ $msps.backoffLimitPerIndex }}
{{- if ne (toString $msps.maxFailedIndexes) "" }}
{{- if gt (int $msps.maxFailedIndexes) (int $msps.shards) }}
{{- fail (printf "msps.maxFailedIndexes (%v) cannot be more than msps.shards (%v): Kubernetes refuses such a Job" $msps.maxFailedIndexes $msps.shards) }}
{{- end }}
maxFailedIndexes: {{ $msps.maxFailedIndexes }}
{{- end }}
{{- else }}
backoffLimit: {{ .backoffLimit }}
{{- end }}
{{- with $job.activeDeadlineSeconds }}
activeDeadlineSeconds: {{ . }}
{{- end }}
{{- with $job.ttlSecondsAfterFinished }}
ttlSecondsAfterFinished: {{ . }}
{{- end }}
podFailurePolicy:
  rules:
    {{- with $job.podFailurePolicy.failJobOnExitCodes }}
    # a refused launch (bad parameters, already complete, already running): a retry cannot help; in an Indexed
    # Job only that shard fails, the others go on
    - action: {{ if $.indexed }}FailIndex{{ else }}FailJob{{ end }}
      onExitCodes:
        containerName: recon
        operator: In
        values: {{ toJson . }}
    {{- end }}
    {{- if $job.podFailurePolicy.ignoreDisruptions }}
    # eviction, preemption, node drain: retry without using up backoffLimit
    - action: Ignore
      onPodConditions:
        - type: DisruptionTarget
    {{- end }}
    {{- with $job.podFailurePolicy.countOnExitCodes }}
    # run FAILED (5), STOPPED (143 after SIGTERM, else 4) or out of memory (3): counts; the retry resumes the run
    - action: Count
      onExitCodes:
        containerName: recon
        operator: In
        values: {{ toJson . }}
    {{- end }}
template:
  metadata:
    labels:
      {{- include "licence-recon.selectorLabels" $root | nindent 6 }}
      app.kubernetes.io/component: {{ .component }}
      {{- with $v.podLabels }}
      {{- toYaml . | nindent 6 }}
      {{- end }}
    {{- with $v.podAnnotations }}
    annotations:
      {{- toYaml . | nindent 6 }}
    {{- end }}
  spec:
    restartPolicy: Never
    serviceAccountName: {{ include "licence-recon.serviceAccountName" $root }}
    automountServiceAccountToken: false
    terminationGracePeriodSeconds: {{ $job.terminationGracePeriodSeconds }}
    {{- with $v.priorityClassName }}
    priorityClassName: {{ . }}
    {{- end }}
    {{- with $v.imagePullSecrets }}
    imagePullSecrets:
      {{- range . }}
      - name: {{ . }}
      {{- end }}
    {{- end }}
    securityContext:
      {{- toYaml $v.podSecurityContext | nindent 6 }}
    containers:
      - name: recon
        image: {{ include "licence-recon.image" $root | quote }}
        imagePullPolicy: {{ $v.image.pullPolicy }}
        args:
          {{- range .args }}
          - {{ . | quote }}
          {{- end }}
        env:
          {{- include "licence-recon.env" (dict "root" $root "command" (first .args) "manyMsps" (has "all-msps" .args)) | trim | nindent 10 }}
        securityContext:
          {{- toYaml $v.securityContext | nindent 10 }}
        resources:
          {{- toYaml $v.resources | nindent 10 }}
        volumeMounts:
          - name: tmp
            mountPath: /tmp
          - name: input
            mountPath: {{ $v.input.mountPath }}
            {{- if $v.input.existingClaim }}
            {{- with $v.input.subPath }}
            subPath: {{ . }}
            {{- end }}
            readOnly: {{ $v.input.readOnly }}
            {{- else }}
            readOnly: true
            {{- end }}
          {{- if and $v.mappings.enabled $v.input.existingClaim (not $v.msps.enabled) }}
          - name: mappings
            mountPath: {{ printf "%s/account-map.csv" $v.input.mountPath }}
            subPath: {{ $v.mappings.accountMapKey }}
            readOnly: true
          - name: mappings
            mountPath: {{ printf "%s/service-map.csv" $v.input.mountPath }}
            subPath: {{ $v.mappings.serviceMapKey }}
            readOnly: true
          {{- end }}
          - name: output
            mountPath: {{ $v.output.mountPath }}
            {{- with $v.output.subPath }}
            subPath: {{ . }}
            {{- end }}
    volumes:
      - name: tmp
        emptyDir:
          {{- with $v.tmp.medium }}
          medium: {{ . }}
          {{- end }}
          sizeLimit: {{ $v.tmp.sizeLimit }}
      {{- if $v.input.existingClaim }}
      - name: input
        persistentVolumeClaim:
          claimName: {{ $v.input.existingClaim }}
          readOnly: {{ $v.input.readOnly }}
      {{- if and $v.mappings.enabled (not $v.msps.enabled) }}
      - name: mappings
        configMap:
          name: {{ include "licence-recon.mappingsConfigMap" $root }}
      {{- end }}
      {{- else if $v.mappings.enabled }}
      # no input volume: the input directory holds the mapping tables alone (API sources)
      - name: input
        configMap:
          name: {{ include "licence-recon.mappingsConfigMap" $root }}
          items:
            - key: {{ $v.mappings.accountMapKey }}
              path: account-map.csv
            - key: {{ $v.mappings.serviceMapKey }}
              path: service-map.csv
      {{- else }}
      - name: input
        emptyDir: {}
      {{- end }}
      - name: output
        {{- if $v.output.existingClaim }}
        persistentVolumeClaim:
          claimName: {{ $v.output.existingClaim }}
        {{- else }}
        emptyDir:
          {{- toYaml $v.output.emptyDir | nindent 10 }}
        {{- end }}
    {{- with $v.nodeSelector }}
    nodeSelector:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- with $v.affinity }}
    affinity:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- with $v.tolerations }}
    tolerations:
      {{- toYaml . | nindent 6 }}
    {{- end }}
{{- end }}
