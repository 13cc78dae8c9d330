#pragma once

namespace nacre::server {

class Metrics;
class Router;
class HealthService;

// GET /healthz and GET /api/v1/permissions on the API listener.
class SystemRoutes
{
public:
    explicit SystemRoutes(const HealthService& health)
        : m_health(health)
    { }
    void install(Router& router);

private:
    const HealthService& m_health;
};

// GET /metrics: Prometheus text, on its own listener (--metrics-listen), never on the API's.
class MetricsRoutes
{
public:
    explicit MetricsRoutes(const Metrics& metrics)
        : m_metrics(metrics)
    { }
    void install(Router& router);

private:
    const Metrics& m_metrics;
};

} // namespace nacre::server
