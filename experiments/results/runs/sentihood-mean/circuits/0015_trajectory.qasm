// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.132145512453149) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9ec0bab45cb2f7e8326a6640ddf3be0b405235285c507b1758b11d4e7df533d
