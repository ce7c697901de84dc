// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5254589256452236) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c4bc1429e362ebe80761f007df510b4eca0b25bae36dadddce757f8892628625
