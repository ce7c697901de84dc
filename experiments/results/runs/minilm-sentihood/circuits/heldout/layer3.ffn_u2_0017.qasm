// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.26969755694169484) q[0];
ry(1.0733898018765327) q[0];
rz(-0.13114220903960927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6b95344a3fcf9080fe611af34c55372165615ec3f5328aa365262a114758e5a
