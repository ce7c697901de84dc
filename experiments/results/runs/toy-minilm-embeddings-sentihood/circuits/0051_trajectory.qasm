// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.945619529736533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fabd798661bd948a15688fc3d31047b2c690cc806c7068bc8958e092d2ee822
