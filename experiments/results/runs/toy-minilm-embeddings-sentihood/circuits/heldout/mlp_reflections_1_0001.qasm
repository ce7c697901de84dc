// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0350942553887728) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c147731cdd01df47c5ebdebcbba60ac5aa7ffa3e26e5265ea81b34aed308b31c
