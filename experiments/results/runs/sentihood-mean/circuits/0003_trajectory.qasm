// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3444666003232426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2cadd8f7f339ea0ba75dc5b83ae443b19cd40ef0286df2cdb0d02f69c7a4ce02
