// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7827268929974365) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbbd9660475fbe46ee37f64b08c95948e2a9d2ea3f4c4fe6591f951605f70c70
