// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0660274765977544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 913adbac5347a0d023a614bde1db4d3617cefd8675ebf6f9f1a647da9c852fda
