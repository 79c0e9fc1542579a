package bot

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the bot's Prometheus metrics, in a registry of its own.
type metrics struct {
	registry   *prometheus.Registry
	questions  *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	reconnects prometheus.Counter
	disconnect prometheus.Counter
	ready      prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "eventbot_questions_total",
			Help: "Questions received, by how they were asked (slash, mention, dm), the engine's question kind, the outcome and the refusal reason.",
		}, []string{"via", "kind", "status", "reason"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "eventbot_answer_duration_seconds",
			Help:    "Time from receiving a question to Discord accepting the answer.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"via"}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "eventbot_gateway_reconnects_total",
			Help: "Gateway connections re-established (resumed or identified anew) after a disconnect.",
		}),
		disconnect: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "eventbot_gateway_disconnects_total",
			Help: "Gateway connections lost.",
		}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "eventbot_gateway_ready",
			Help: "1 while the gateway session is ready, 0 otherwise.",
		}),
	}
	m.registry.MustRegister(
		m.questions, m.latency, m.reconnects, m.disconnect, m.ready,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}
