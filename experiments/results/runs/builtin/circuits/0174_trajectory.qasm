// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6150669842362833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c47458b86bdc91b24a67dcb4801e5ca67d4ad5b3280906a495f639aa96bd1fa2
