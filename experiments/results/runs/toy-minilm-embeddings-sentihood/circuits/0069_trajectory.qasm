// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.036570834825557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8ba916b664cd57e733080f9aab93aa5d08b71c8a9dd59341fa58ee0404e2e5a
