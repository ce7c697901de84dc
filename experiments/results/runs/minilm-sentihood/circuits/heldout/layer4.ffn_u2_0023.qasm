// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.360107739789131) q[0];
ry(2.4779611061532085) q[0];
rz(0.2883458183973069) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d031d779fd127f6706a9f7ad706d01114e2045f50df4f5c39a04108599f6d372
