#pragma once

namespace nacre::server {

class Metrics;
class Router;
struct ServerContext;

// GET /healthz, GET /metrics, GET /api/v1/permissions.
class SystemRoutes
{
public:
    SystemRoutes(ServerContext& context, const Metrics& metrics);
    void install(Router& router);

private:
    ServerContext& m_context;
    const Metrics& m_metrics;
};

} // namespace nacre::server
