// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9329786466917772) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13f49921c3cc0ce7fb336e4b99ae978b61aa241c4c6314c7202bb7cd0bf0c1f1
