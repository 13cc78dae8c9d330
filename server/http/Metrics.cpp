#include "http/Metrics.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QString escaped(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
}

} // namespace

void Metrics::record(const QByteArray& method, const QString& route, int status, double seconds)
{
    const QString label = route.isEmpty() ? u"unmatched"_s : route;
    const QString routeKey = QString::fromLatin1(method) + u'\t' + label;
    const QMutexLocker lock(&m_mutex);
    ++m_requests[routeKey + u'\t' + QString::number(status)];
    Histogram& histogram = m_latency[routeKey];
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++histogram.counts[i];
    }
    ++histogram.total;
    histogram.sum += seconds;
}

void Metrics::recordRefusal(const QString& route, const QString& code)
{
    const QMutexLocker lock(&m_mutex);
    ++m_refusals[(route.isEmpty() ? u"unmatched"_s : route) + u'\t' + code];
}

namespace {
constexpr std::array<const char*, 3> MailOutcomes {"sent", "retried", "failed"};
}

void Metrics::recordMail(const char* outcome)
{
    const QMutexLocker lock(&m_mutex);
    for (std::size_t i = 0; i < MailOutcomes.size(); ++i) {
        if (qstrcmp(MailOutcomes[i], outcome) == 0)
            ++m_mail[i];
    }
}

QByteArray Metrics::exposition() const
{
    const QMutexLocker lock(&m_mutex);
    QStringList lines;
    lines << u"# HELP nacre_http_requests_total HTTP requests served, by method, route and status."_s
          << u"# TYPE nacre_http_requests_total counter"_s;
    QStringList requestKeys = m_requests.keys();
    std::sort(requestKeys.begin(), requestKeys.end());
    for (const QString& key : std::as_const(requestKeys)) {
        const QStringList parts = key.split(u'\t');
        lines << u"nacre_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4"_s.arg(
            parts[0], escaped(parts[1]), parts[2], QString::number(m_requests.value(key)));
    }
    lines << u"# HELP nacre_http_request_duration_seconds Time to handle a request."_s
          << u"# TYPE nacre_http_request_duration_seconds histogram"_s;
    QStringList latencyKeys = m_latency.keys();
    std::sort(latencyKeys.begin(), latencyKeys.end());
    for (const QString& key : std::as_const(latencyKeys)) {
        const QStringList parts = key.split(u'\t');
        const QString labels = u"method=\"%1\",route=\"%2\""_s.arg(parts[0], escaped(parts[1]));
        const Histogram& histogram = m_latency[key];
        for (std::size_t i = 0; i < Buckets.size(); ++i)
            lines << u"nacre_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3"_s.arg(
                labels, QString::number(Buckets[i]), QString::number(histogram.counts[i]));
        lines << u"nacre_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2"_s.arg(labels).arg(histogram.total)
              << u"nacre_http_request_duration_seconds_sum{%1} %2"_s.arg(labels).arg(histogram.sum)
              << u"nacre_http_request_duration_seconds_count{%1} %2"_s.arg(labels).arg(histogram.total);
    }
    lines << u"# HELP nacre_refused_requests_total Requests the access rules refused, by route and problem code."_s
          << u"# TYPE nacre_refused_requests_total counter"_s;
    QStringList refusalKeys = m_refusals.keys();
    std::sort(refusalKeys.begin(), refusalKeys.end());
    for (const QString& key : std::as_const(refusalKeys)) {
        const QStringList parts = key.split(u'\t');
        lines << u"nacre_refused_requests_total{route=\"%1\",code=\"%2\"} %3"_s.arg(
            escaped(parts[0]), parts[1], QString::number(m_refusals.value(key)));
    }
    lines << u"# HELP nacre_mail_total Tries to deliver mail, by outcome (sent, retried later, failed for good)."_s
          << u"# TYPE nacre_mail_total counter"_s;
    for (std::size_t i = 0; i < MailOutcomes.size(); ++i)
        lines << u"nacre_mail_total{outcome=\"%1\"} %2"_s.arg(QLatin1String(MailOutcomes[i])).arg(m_mail[i]);
    return lines.join(u'\n').toUtf8() + '\n';
}

} // namespace nacre::server
