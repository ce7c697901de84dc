// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.288882786396099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 55e0927fc2ee436b65c493a0dac9039d68881c1060feccda4bc5624df15505e0
