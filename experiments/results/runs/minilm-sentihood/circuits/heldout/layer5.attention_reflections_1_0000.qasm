// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2526446750477296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb357f14f48ab2ca1a7137b9135d0338d3a0b01861cbadc482632a2216ee4cf7
