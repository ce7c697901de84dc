// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17694441552243528) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b5e8d7444fd3c34b12da6e1ba36a3b813b0c09d7fb8a24fa1caf59a17d57660
