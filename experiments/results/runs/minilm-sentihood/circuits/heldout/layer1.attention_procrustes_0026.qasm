// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2486862469794404) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a2c0d681741946187b0c235acd24d3adfe4bdde35aec661f4a6268bbcf0ddd1
