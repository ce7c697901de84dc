// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.410334636415328) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 792711e4ea791fc8cbe0af3fe39f018f52da1850dc5f235dae8dcceb7ae3bc81
