// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7588980957982963) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1705c2ea59581c4e6af6123f0587998b267a043ed48bf84109b4cefc2b1ed8b6
