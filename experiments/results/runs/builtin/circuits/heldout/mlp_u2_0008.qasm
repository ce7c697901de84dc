// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.063813188264493) q[0];
ry(2.4092684709728323) q[0];
rz(0.047481721833889434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3be40b0a2790006a89ab62f55cc1d406824e1e3215979bd6263ecd7096ca47c2
