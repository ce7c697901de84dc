// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9193459036517062) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11bdbdf5065d42d6a810435494e58ed6cf05678434936ee0992c80f603399017
