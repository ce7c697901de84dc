// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7229247529926415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b138204526bd94354fc05bf7ba1fb9844e518df82eb9c946206ac735d43425d
