// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15420622584775145) q[0];
ry(1.8649881832709678) q[0];
rz(0.04504199366301487) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd02540c430f3eeca31c007959e583840ff6956b321b95a7b290193a39c62ea0
