// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16846724399454022) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 665ec06ce5b7b08c49aad13ac65dce54099aefcb109f67df8deb278e099fd548
