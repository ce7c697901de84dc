// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4737101804154702) q[0];
ry(0.6912959210625218) q[0];
rz(-0.3761454307814276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c95a2b1a9d62337a045c3c49a3d67866defbf30eed260fd8de7e1a94b0ef0318
