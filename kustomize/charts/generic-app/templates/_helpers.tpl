{{/* Labels of every object; the pods' carry the name Gatekeeper's owner-label policy looks for. */}}
{{- define "generic-app.labels" -}}
app.kubernetes.io/name: {{ .Values.name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "generic-app.selector" -}}
app.kubernetes.io/name: {{ .Values.name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The host the application is served on. */}}
{{- define "generic-app.host" -}}
{{ .Values.name }}.{{ .Values.platform.domain }}
{{- end -}}
