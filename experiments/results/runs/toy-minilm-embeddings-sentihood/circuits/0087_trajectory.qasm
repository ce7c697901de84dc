// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37808934873257977) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a37c54fae102200b68fc6277e97154339c795fba4abccd9a0d74d6c2e0017218
