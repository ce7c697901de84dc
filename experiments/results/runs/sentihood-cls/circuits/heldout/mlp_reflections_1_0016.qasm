// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.648487729294919) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8cdf05866dac12a67990e07ed5bc3a9d22ca27c512b096b23befab843995c48
