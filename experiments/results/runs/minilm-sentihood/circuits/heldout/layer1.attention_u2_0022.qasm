// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40887134496149) q[0];
ry(0.8207706889572127) q[0];
rz(-0.287190252233807) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6594dd94271cce236be27a1a1990cd6fc8af3b591a096e831f326ebf51737565
