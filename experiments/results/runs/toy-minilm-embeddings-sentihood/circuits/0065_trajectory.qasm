// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5385263987301786) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0062e673bff5447f426bd4189268d6d7a69bdcacd33ebabab56cc6bfb17a8ee9
