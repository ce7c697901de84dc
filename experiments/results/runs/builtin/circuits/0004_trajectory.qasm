// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9027204822452224) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bdb74a79d35d00bdaa31c26586d0989880dbc93ac758af3e42771fd2a1cfaa3c
