// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5074331624672295) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65c0870168911191d0e8242b36621bf7e37151388ff6334862a256b494b441d6
