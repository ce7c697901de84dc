// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4173588511837503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c456541ed87781d2059bfcbfaf536b9e381fe14307886eb5bb6ad258a356a6b
