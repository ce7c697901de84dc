// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.210480566408084) q[0];
ry(1.8707080604413444) q[0];
rz(0.06303474776429407) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3579a5434e886cd3647a5209f28d9e748a9d4c208f6b699402ad031a7c8f6065
