// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7465529445477331) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 931b9c694730a5f644415d823462c3474a375a69e3debe9bb4a533e2a114e12d
