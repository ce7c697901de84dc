// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.998224837993861) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 52775d2d3814bb6c474261d1488655e6b62cffc2cddf6ee666480b6070d8b069
