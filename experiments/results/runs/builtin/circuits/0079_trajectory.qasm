// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8924231307276443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f89a98f2f7ddbcc9797b736dd54b0d30c30fc91af7ad0721e51abc3e106cdc03
