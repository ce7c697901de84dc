// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8166195433639118) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45a246a6952ae503f918fdbfb3c622b4baa411b5058acf35de10e4fd43eecb23
