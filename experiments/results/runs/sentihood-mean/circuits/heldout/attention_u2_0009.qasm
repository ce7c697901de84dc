// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.025366279408468) q[0];
ry(1.5274737756060008) q[0];
rz(-0.07124786324663201) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f78bdd99989b26b5a34d8d3c468ce0006f45f54ad164f4b5bc9902caf5defc44
