// Outside Windows there is no Power Automate installation to read.
#include "PowerAutomateProxySource.h"

PowerAutomateProxyInputs PowerAutomateProxySource::read()
{
    return {};
}
