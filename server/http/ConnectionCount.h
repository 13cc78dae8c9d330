#pragma once

#include "http/TransportLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace nacre::server {

// The open connections of one nacred, in all and per client address, counted across every worker
// thread that accepts (they share one listening socket): the limits hold for the process.
class ConnectionCount
{
public:
    enum class Admission { Admitted, ServerFull, AddressFull };

    explicit ConnectionCount(TransportLimits limits)
        : m_limits(std::move(limits))
    { }

    Admission admit(const QHostAddress& address);
    void release(const QHostAddress& address);
    int open() const;

private:
    const TransportLimits m_limits;
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_byAddress;
    int m_open = 0;
};

} // namespace nacre::server
